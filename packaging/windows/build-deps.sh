#!/usr/bin/env bash
# Fills the cache the Windows cross-build uses (DEPUTYDESK_WINDOWS_CACHE, default
# ~/.cache/deputydesk-windows), reusing what is already there:
#   qt-6.4.2-mingw64/  the shared Qt (../shared/toolchains), checked against its SHA256SUMS
#   deps/              minizip (zlib 1.2.13's contrib/minizip), libxlsxwriter 1.1.4 and FreeXL
#                      1.0.6, each cross-built as a DLL from Debian's own source package, pinned
#                      to its version
# Fails (never skips) when the shared Qt is missing. Needs the packages scripts/setup-windows installs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=${DEPUTYDESK_WINDOWS_CACHE:-$HOME/.cache/deputydesk-windows}
toolchains=${DEPUTYDESK_TOOLCHAINS:-$root/../shared/toolchains}
mkdir -p "$cache"

zlib_version=1:1.2.13.dfsg-1
xlsxwriter_version=1.1.4-2
freexl_version=1.0.6-2
sources=("zlib=$zlib_version" "libxlsxwriter=$xlsxwriter_version" "freexl=$freexl_version")
deps_stamp="${sources[*]}, $(sha256sum "$here"/patches/*.patch "$here"/iconv-shim/* | cut -c1-16 | tr '\n' ' ')"

# --- Qt -------------------------------------------------------------------------------------
qt_archive=$toolchains/qt-6.4.2-mingw64.tar.xz
if [[ ! -f "$cache/qt-6.4.2-mingw64/.complete" ]]; then
    if [[ ! -f "$qt_archive" ]]; then
        echo "build-deps: $qt_archive is missing: the Windows build needs the shared Qt" >&2
        echo "  (rebuild it with packaging/windows/rebuild-qt.sh)" >&2
        exit 1
    fi
    (cd "$toolchains" && sha256sum --quiet -c SHA256SUMS)
    rm -rf "$cache/qt-6.4.2-mingw64"
    tar -xJf "$qt_archive" -C "$cache"
    touch "$cache/qt-6.4.2-mingw64/.complete"
fi

# --- minizip, libxlsxwriter and FreeXL ----------------------------------------------------------
deps=$cache/deps
if [[ -f "$deps/.complete" && "$(cat "$deps/.complete")" == "$deps_stamp" ]]; then
    exit 0
fi
rm -rf "$deps" "$cache/src"
mkdir -p "$deps/bin" "$deps/lib/pkgconfig" "$deps/include/minizip" "$cache/src"
cd "$cache/src"

# apt-get source needs a deb-src entry for bookworm main (see ../shared/toolchains/README.md).
if ! apt-get source --download-only -qq "${sources[@]}" >/dev/null 2>&1; then
    echo "build-deps: adding a deb-src entry for bookworm main" >&2
    cat > /etc/apt/sources.list.d/deputydesk-src.sources <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
    apt-get update -qq
    apt-get source --download-only -qq "${sources[@]}" >/dev/null
fi
dpkg-source --no-check -x zlib_*.dsc zlib >/dev/null          # with Debian's own patches
dpkg-source --no-check -x libxlsxwriter_*.dsc libxlsxwriter >/dev/null
dpkg-source --no-check -x freexl_*.dsc freexl >/dev/null

cc=x86_64-w64-mingw32-gcc-posix
mingw=/usr/x86_64-w64-mingw32
cflags=(-O2 -DNDEBUG -I"$mingw/include")

# minizip: the reader of workbooks (core/xlsx) and libxlsxwriter's writer, with the Win32 file
# functions (iowin32) that open UTF-16 names.
mz=zlib/contrib/minizip
"$cc" "${cflags[@]}" -shared -o "$deps/bin/libminizip-1.dll" \
    "$mz/ioapi.c" "$mz/unzip.c" "$mz/zip.c" "$mz/mztools.c" "$mz/iowin32.c" \
    -Wl,--out-implib,"$deps/lib/libminizip.dll.a" -L"$mingw/lib" -lz
cp "$mz"/{ioapi.h,unzip.h,zip.h,mztools.h,iowin32.h,crypt.h} "$deps/include/minizip/"
cat > "$deps/lib/pkgconfig/minizip.pc" <<PC
prefix=$deps
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: minizip
Description: zip and unzip (zlib 1.2.13 contrib/minizip, cross-built for Windows)
Version: 1.2.13
Requires: zlib
Libs: -L\${libdir} -lminizip
Cflags: -I\${includedir}/minizip
PC

# libxlsxwriter, with the one change Windows needs: MinGW takes the Win32 branch for file names
# (upstream 1.1.4 undefines _WIN32 there and so cannot write to a folder with Chinese characters).
lxw=libxlsxwriter
patch -d "$lxw" -p1 --quiet < "$here/patches/libxlsxwriter-1.1.4-mingw-utf8-paths.patch"
"$cc" "${cflags[@]}" -DUSE_SYSTEM_MINIZIP -I"$lxw/include" -I"$deps/include" -shared \
    -o "$deps/bin/libxlsxwriter.dll" "$lxw"/src/*.c \
    "$lxw/third_party/md5/md5.c" "$lxw/third_party/tmpfileplus/tmpfileplus.c" \
    -Wl,--out-implib,"$deps/lib/libxlsxwriter.dll.a" -L"$deps/lib" -lminizip -L"$mingw/lib" -lz
cp -r "$lxw/include/xlsxwriter" "$lxw/include/xlsxwriter.h" "$deps/include/"
cat > "$deps/lib/pkgconfig/xlsxwriter.pc" <<PC
prefix=$deps
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: libxlsxwriter
Description: A C library for creating Excel XLSX files (1.1.4, cross-built for Windows)
Version: 1.1.4
Libs: -L\${libdir} -lxlsxwriter
Cflags: -I\${includedir}
PC

# FreeXL reads .xls workbooks. Two changes of ours: iconv-shim/ stands in for iconv, which Debian
# does not package for MinGW (Windows converts the code pages itself), and a patch opens UTF-8
# file names through _wfopen. config.h carries only the version, all freexl.c takes from it.
fx=freexl
patch -d "$fx" -p1 --quiet < "$here/patches/freexl-1.0.6-mingw-utf8-paths.patch"
echo "#define VERSION \"${freexl_version%-*}\"" > "$fx/config.h"
"$cc" "${cflags[@]}" -DDLL_EXPORT -I"$fx" -I"$fx/headers" -I"$here/iconv-shim" -shared \
    -o "$deps/bin/libfreexl-1.dll" "$fx/src/freexl.c" "$here/iconv-shim/iconv.c" \
    -Wl,--out-implib,"$deps/lib/libfreexl.dll.a"
cp "$fx/headers/freexl.h" "$deps/include/"
cat > "$deps/lib/pkgconfig/freexl.pc" <<PC
prefix=$deps
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: freexl
Description: Reads Excel 97-2003 workbooks (${freexl_version%-*}, cross-built for Windows)
Version: ${freexl_version%-*}
Libs: -L\${libdir} -lfreexl
Cflags: -I\${includedir}
PC

x86_64-w64-mingw32-strip --strip-unneeded "$deps"/bin/*.dll
echo "$deps_stamp" > "$deps/.complete"
echo "build-deps: minizip, libxlsxwriter and FreeXL cross-built into $deps"
