; DeputyDesk's Windows installer: per user, no administrator rights.
; Built by scripts/package-windows with
;   makensis -INPUTCHARSET UTF8 -DVERSION=x.y.z -DSTAGE=<installed tree> -DOUTFILE=<setup.exe> deputydesk.nsi
; Installs into %LOCALAPPDATA%\Programs\DeputyDesk, registers .ddb for the user (HKCU) and an
; entry in Apps & features. The clerk's databases, backups and settings live elsewhere
; (%APPDATA%, the registry, wherever the clerk saved them) and are never touched.

Unicode true
Target amd64-unicode
!ifdef FAST_COMPRESSION ; the throw-away "older version" of the upgrade test
  SetCompressor /SOLID zlib
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined (-DVERSION=x.y.z)"
!endif
!ifndef STAGE
  !error "STAGE is not defined (-DSTAGE=folder with the installed program)"
!endif
!ifndef OUTFILE
  !define OUTFILE "DeputyDesk-${VERSION}-Setup.exe"
!endif

!define PRODUCT "DeputyDesk"
!define PRODUCT_ZH "代表履职工作台"
!define PUBLISHER "DeputyDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\DeputyDesk"
!define FILE_CLASS "DeputyDesk.Database"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "$(ProductName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\DeputyDesk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT_ZH} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT_ZH} ${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT_ZH} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${STAGE}\deputydesk.ico"
!define MUI_UNICON "${STAGE}\deputydesk.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\deputydesk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; Windows' own language picks the other when it matches.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString ProductName ${LANG_SIMPCHINESE} "${PRODUCT_ZH}"
LangString ProductName ${LANG_ENGLISH} "DeputyDesk"
LangString RunNow ${LANG_SIMPCHINESE} "现在启动${PRODUCT_ZH}"
LangString RunNow ${LANG_ENGLISH} "Start DeputyDesk now"
LangString SecProgram ${LANG_SIMPCHINESE} "${PRODUCT_ZH}（必需）"
LangString SecProgram ${LANG_ENGLISH} "DeputyDesk (required)"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString FileTypeName ${LANG_SIMPCHINESE} "${PRODUCT_ZH}数据库"
LangString FileTypeName ${LANG_ENGLISH} "DeputyDesk database"
LangString NeedsWindows10 ${LANG_SIMPCHINESE} "${PRODUCT_ZH}需要 64 位 Windows 10 或 Windows 11。$\r$\n本机的 Windows 版本过旧，无法安装。"
LangString NeedsWindows10 ${LANG_ENGLISH} "DeputyDesk needs 64-bit Windows 10 or Windows 11.$\r$\nThis PC's Windows is too old; setup cannot continue."
LangString DescProgram ${LANG_SIMPCHINESE} "程序、Qt 运行库、文档字体和中文界面。不包含、也不会改动您的数据库。"
LangString DescProgram ${LANG_ENGLISH} "The program, the Qt runtime, the document font and the Chinese interface. Your databases are not part of it and are never changed."
LangString DescDesktop ${LANG_SIMPCHINESE} "在桌面放一个“${PRODUCT_ZH}”快捷方式。"
LangString DescDesktop ${LANG_ENGLISH} "Put a ${PRODUCT_ZH} shortcut on the desktop."

; The program's own files; anything else in the folder (a database saved there by mistake) stays.
!macro RemoveProgramFiles
  Delete "$INSTDIR\deputydesk.exe"
  Delete "$INSTDIR\deputydesk-cli.exe"
  Delete "$INSTDIR\deputydesk.ico"
  Delete "$INSTDIR\*.dll"
  RMDir /r "$INSTDIR\platforms"
  RMDir /r "$INSTDIR\sqldrivers"
  RMDir /r "$INSTDIR\styles"
  RMDir /r "$INSTDIR\imageformats"
  RMDir /r "$INSTDIR\translations"
  RMDir /r "$INSTDIR\fonts"
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)" /SD IDOK
    Abort
  ${EndIf}
  SetShellVarContext current
FunctionEnd

Section "$(SecProgram)" SecProgramId
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program: files of the older version that this one no longer has go.
  !insertmacro RemoveProgramFiles
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${PRODUCT_ZH}.lnk" "$INSTDIR\deputydesk.exe" "" "$INSTDIR\deputydesk.exe" 0

  ; Double-clicking an office database opens it (for this user only).
  WriteRegStr HKCU "Software\Classes\.ddb" "" "${FILE_CLASS}"
  WriteRegStr HKCU "Software\Classes\${FILE_CLASS}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${FILE_CLASS}\DefaultIcon" "" "$INSTDIR\deputydesk.exe,0"
  WriteRegStr HKCU "Software\Classes\${FILE_CLASS}\shell\open\command" "" '"$INSTDIR\deputydesk.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Apps & features.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT_ZH} DeputyDesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\deputydesk.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktop)" SecDesktopId
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${PRODUCT_ZH}.lnk" "$INSTDIR\deputydesk.exe" "" "$INSTDIR\deputydesk.exe" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgramId} "$(DescProgram)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktopId} "$(DescDesktop)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty: whatever the clerk kept there stays
  Delete "$SMPROGRAMS\${PRODUCT_ZH}.lnk"
  Delete "$DESKTOP\${PRODUCT_ZH}.lnk"
  ReadRegStr $0 HKCU "Software\Classes\.ddb" ""
  ${If} $0 == "${FILE_CLASS}"
    DeleteRegKey HKCU "Software\Classes\.ddb"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${FILE_CLASS}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
