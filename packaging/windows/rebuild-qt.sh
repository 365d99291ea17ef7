#!/usr/bin/env bash
# Rebuilds ../shared/toolchains/qt-6.4.2-mingw64.tar.xz: Qt 6.4.2 qtbase cross-built for x86_64-w64-mingw32 on
# Debian 12 from Debian's own source packages, SQLite from Debian's sqlite3 source as the system SQLite.
# Run by hand when Qt is upgraded (about an hour on two cores), never by CI; then update SHA256SUMS.
# Usage: rebuild-qt.sh WORKDIR (writes WORKDIR/qt-6.4.2-mingw64.tar.xz)
set -euo pipefail
work=$(realpath "${1:?usage: $0 WORKDIR}"); mkdir -p "$work"; cd "$work"
apt-get install -y -qq --no-install-recommends g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools \
  cmake ninja-build qt6-base-dev qt6-base-dev-tools tcl dpkg-dev >/dev/null
# deb-src must be enabled (a Types: deb-src stanza for bookworm main).
apt-get source --download-only qt6-base=6.4.2+dfsg-10 sqlite3 >/dev/null
tar xJf qt6-base_6.4.2+dfsg.orig.tar.xz
tar xJf sqlite3_3.40.1.orig.tar.xz
# Debian's source leaves out src/3rdparty/wintab (its licence): build the Windows platform plugin without tablet support.
win=qtbase-everywhere-src-6.4.2/src/plugins/platforms/windows
sed -i 's/^qt_internal_extend_target(QWindowsIntegrationPlugin CONDITION QT_FEATURE_tabletevent$/qt_internal_extend_target(QWindowsIntegrationPlugin CONDITION FALSE/' $win/CMakeLists.txt
sed -i 's/^qt_internal_extend_target(QWindowsDirect2DIntegrationPlugin CONDITION QT_FEATURE_tabletevent$/qt_internal_extend_target(QWindowsDirect2DIntegrationPlugin CONDITION FALSE/' $win/../direct2d/CMakeLists.txt
sed -i 's|#if QT_CONFIG(tabletevent)|#if 0 // no wintab.h in Debian'"'"'s source|' $win/qwindowscontext.cpp $win/qwindowspointerhandler.cpp $win/qwindowspointerhandler.h
# Without OpenGL, 6.4.2 still compiles the dynamic-GL branch of qwindowswindow.cpp: guard it.
sed -i 's/^#if QT_CONFIG(dynamicgl)$/#if QT_CONFIG(dynamicgl) \&\& QT_CONFIG(opengl)/' $win/qwindowswindow.cpp
prefix=$work/qt-6.4.2-mingw64
mkdir -p "$prefix/bin" "$prefix/lib" "$prefix/include" sqlite-build
(cd sqlite-build && ../sqlite3-3.40.1/configure >/dev/null && make sqlite3.c >/dev/null)
x86_64-w64-mingw32-gcc-posix -O2 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_THREADSAFE=1 \
  -shared -o "$prefix/bin/sqlite3.dll" sqlite-build/sqlite3.c -Wl,--out-implib,"$prefix/lib/libsqlite3.dll.a"
cp sqlite-build/sqlite3.h sqlite-build/sqlite3ext.h "$prefix/include/"
cat > mingw.cmake <<T
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 $prefix)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
T
cmake -S qtbase-everywhere-src-6.4.2 -B qt-build -G Ninja -DCMAKE_TOOLCHAIN_FILE="$work/mingw.cmake" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
  -DFEATURE_dbus=OFF -DFEATURE_network=OFF -DFEATURE_opengl=OFF \
  -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
  -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.dll.a" -DFEATURE_system_zlib=OFF
cmake --build qt-build --parallel
cmake --install qt-build
x86_64-w64-mingw32-strip --strip-unneeded "$prefix"/bin/*.dll "$prefix"/plugins/*/*.dll
# Record neutral build paths instead of this machine's (same length, so the DLLs stay valid).
grep -rl "$work/" "$prefix" | while read -r f; do python3 - "$f" "$work/" <<'PY'
import sys
p, old = sys.argv[1], sys.argv[2].encode()
new = (b"/build/" + b"q" * 64)[:len(old) - 1] + b"/" if len(old) >= 9 else old
b = open(p, "rb").read(); open(p, "wb").write(b.replace(old, new))
PY
done
tar cJf qt-6.4.2-mingw64.tar.xz qt-6.4.2-mingw64
