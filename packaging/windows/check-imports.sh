#!/usr/bin/env bash
# Every DLL that a shipped executable or plugin imports must be shipped too or be part of
# Windows itself; prints each program's imports and fails on the first one that is neither.
# Usage: check-imports.sh STAGE_FOLDER
set -euo pipefail
stage=${1:?usage: $0 STAGE_FOLDER}
# Windows 10 and 11 system DLLs that Qt, the MinGW runtime and our programs use.
system='^(advapi32|authz|bcrypt|comctl32|comdlg32|crypt32|d2d1|d3d11|d3d9|dwmapi|dwrite|dxgi|gdi32|imm32|kernel32|mpr|msvcrt|netapi32|ole32|oleaut32|setupapi|shcore|shell32|shlwapi|user32|userenv|uxtheme|version|winmm|winspool\.drv|ws2_32|wtsapi32|api-ms-win-.*)\.dll$|^winspool\.drv$'
shipped=$(find "$stage" -iname '*.dll' -printf '%f\n' | tr 'A-Z' 'a-z' | sort -u)
status=0
while IFS= read -r -d '' binary; do
  imports=$(x86_64-w64-mingw32-objdump -p "$binary" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u)
  for dll in $imports; do
    if grep -qx "$dll" <<<"$shipped"; then continue; fi
    if [[ "$dll" =~ $system ]]; then continue; fi
    echo "check-imports: ${binary#"$stage"/} needs $dll, which is neither shipped nor part of Windows" >&2
    status=1
  done
done < <(find "$stage" \( -iname '*.exe' -o -iname '*.dll' \) -print0)
if ((status == 0)); then
  echo "check-imports: every import of $(find "$stage" \( -iname '*.exe' -o -iname '*.dll' \) | wc -l) executables and DLLs is shipped or part of Windows"
fi
exit "$status"
