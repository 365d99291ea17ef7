/* The part of iconv that FreeXL uses, for the Windows build: Debian packages no iconv for
   MinGW-w64, and Windows converts every code page an old workbook can name by itself. */
#ifndef DEPUTYDESK_ICONV_SHIM_H
#define DEPUTYDESK_ICONV_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *iconv_t;

/* Only conversions to "UTF-8" are offered, from "UTF-16LE", "ASCII", "MacRoman" or "CPnnn";
   anything else gives (iconv_t) -1 with errno EINVAL, as iconv does for an unknown charset. */
iconv_t iconv_open (const char *tocode, const char *fromcode);
/* Converts all of the input at once (FreeXL hands over whole strings): 0, or (size_t) -1 with
   errno EILSEQ for a byte sequence invalid in the code page, E2BIG when the output is full, and
   EINVAL for half a UTF-16 character. */
size_t iconv (iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf,
	      size_t *outbytesleft);
int iconv_close (iconv_t cd);

#ifdef __cplusplus
}
#endif

#endif
