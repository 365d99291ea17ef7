/* iconv for FreeXL on Windows, over MultiByteToWideChar and WideCharToMultiByte. */
#include "iconv.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define WIN32_LEAN_AND_MEAN
#include <windows.h>

enum { UTF16LE = 1200 };

struct converter {
    UINT code_page; /* of the input; the output is always UTF-8 */
};

static UINT
code_page_of (const char *name)
{
    if (_stricmp (name, "UTF-16LE") == 0)
	return UTF16LE;
    if (_stricmp (name, "ASCII") == 0)
	return 20127;
    if (_stricmp (name, "MacRoman") == 0)
	return 10000;
    if (_strnicmp (name, "CP", 2) == 0 && name[2] >= '1' && name[2] <= '9')
      {
	  char *end;
	  unsigned long number = strtoul (name + 2, &end, 10);
	  if (*end == '\0' && number < 65536 && IsValidCodePage ((UINT) number))
	      return (UINT) number;
      }
    return 0;
}

iconv_t
iconv_open (const char *tocode, const char *fromcode)
{
    struct converter *converter;
    UINT code_page = code_page_of (fromcode);
    if (_stricmp (tocode, "UTF-8") != 0 || code_page == 0)
      {
	  errno = EINVAL;
	  return (iconv_t) (-1);
      }
    converter = malloc (sizeof (*converter));
    if (converter == NULL)
      {
	  errno = ENOMEM;
	  return (iconv_t) (-1);
      }
    converter->code_page = code_page;
    return converter;
}

static size_t
failed (int error)
{
    errno = error;
    return (size_t) (-1);
}

size_t
iconv (iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft)
{
    const struct converter *converter = cd;
    wchar_t *wide = NULL;
    const wchar_t *text;
    int characters;
    int written;

    if (inbuf == NULL || *inbuf == NULL || *inbytesleft == 0)
	return 0; /* no shift state to reset */
    if (*inbytesleft > INT_MAX || *outbytesleft > INT_MAX)
	return failed (E2BIG);
    if (converter->code_page == UTF16LE)
      {
	  if (*inbytesleft % 2 != 0)
	      return failed (EINVAL);
	  text = (const wchar_t *) *inbuf;
	  characters = (int) (*inbytesleft / 2);
      }
    else
      {
	  characters = MultiByteToWideChar (converter->code_page, MB_ERR_INVALID_CHARS, *inbuf,
					    (int) *inbytesleft, NULL, 0);
	  if (characters <= 0)
	      return failed (EILSEQ);
	  wide = malloc (characters * sizeof (wchar_t));
	  if (wide == NULL)
	      return failed (ENOMEM);
	  MultiByteToWideChar (converter->code_page, MB_ERR_INVALID_CHARS, *inbuf,
			       (int) *inbytesleft, wide, characters);
	  text = wide;
      }
    written = WideCharToMultiByte (CP_UTF8, 0, text, characters, *outbuf, (int) *outbytesleft,
				   NULL, NULL);
    free (wide);
    if (written <= 0)
	return failed (GetLastError () == ERROR_INSUFFICIENT_BUFFER ? E2BIG : EILSEQ);
    *inbuf += *inbytesleft;
    *inbytesleft = 0;
    *outbuf += written;
    *outbytesleft -= (size_t) written;
    return 0;
}

int
iconv_close (iconv_t cd)
{
    free (cd);
    return 0;
}
