/* FreeXL includes <localcharset.h> on Windows but calls nothing from it. */
