# The one list of what the Windows package carries besides our two programs, the font and the
# icon. packaging/windows/check-imports.sh proves that every DLL an executable or plugin here
# imports is in this list or is a Windows system DLL; nothing else is shipped.
set(qt ${DEPUTYDESK_QT_MINGW})
set(deps ${DEPUTYDESK_DEPS_MINGW})
set(gcc_runtime /usr/lib/gcc/x86_64-w64-mingw32/12-posix)
set(mingw_runtime /usr/x86_64-w64-mingw32/lib)

# Beside the programs.
set(DEPUTYDESK_WINDOWS_DLLS
    ${qt}/bin/Qt6Core.dll ${qt}/bin/Qt6Gui.dll ${qt}/bin/Qt6Widgets.dll
    ${qt}/bin/Qt6Sql.dll ${qt}/bin/Qt6PrintSupport.dll
    ${qt}/bin/sqlite3.dll                        # SQLite 3.40.1, Debian's source (Qt's system SQLite)
    ${deps}/bin/libxlsxwriter.dll ${deps}/bin/libminizip-1.dll
    ${deps}/bin/libfreexl-1.dll                  # .xls workbooks, with our iconv shim inside
    ${mingw_runtime}/zlib1.dll                   # Debian's libz-mingw-w64
    ${gcc_runtime}/libgcc_s_seh-1.dll ${gcc_runtime}/libstdc++-6.dll
    ${mingw_runtime}/libwinpthread-1.dll)

# Qt's plugins, each in the folder Qt looks for beside the program; only those the program uses.
set(DEPUTYDESK_WINDOWS_PLUGINS
    platforms/qwindows.dll                       # the screen
    sqldrivers/qsqlite.dll                       # the office database
    styles/qwindowsvistastyle.dll                # native look on Windows 10 and 11
    imageformats/qjpeg.dll imageformats/qico.dll) # deputies' photos; icons

# Qt's own strings (dialog buttons, the print dialog) in Chinese, from qt6-translations-l10n.
set(DEPUTYDESK_WINDOWS_TRANSLATIONS /usr/share/qt6/translations/qtbase_zh_CN.qm)
