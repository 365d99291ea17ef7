# Cross-compiling DeputyDesk for 64-bit Windows with Debian's MinGW-w64 (posix threads, which Qt
# needs). The Qt and the libraries it finds come from DEPUTYDESK_WINDOWS_CACHE, which
# packaging/windows/build-deps.sh fills (default ~/.cache/deputydesk-windows).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

if(NOT DEPUTYDESK_WINDOWS_CACHE)
    if(DEFINED ENV{DEPUTYDESK_WINDOWS_CACHE})
        set(DEPUTYDESK_WINDOWS_CACHE "$ENV{DEPUTYDESK_WINDOWS_CACHE}")
    else()
        set(DEPUTYDESK_WINDOWS_CACHE "$ENV{HOME}/.cache/deputydesk-windows")
    endif()
endif()
set(DEPUTYDESK_WINDOWS_CACHE "${DEPUTYDESK_WINDOWS_CACHE}" CACHE PATH "Cross-built Qt and libraries")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES DEPUTYDESK_WINDOWS_CACHE)

set(DEPUTYDESK_QT_MINGW "${DEPUTYDESK_WINDOWS_CACHE}/qt-6.4.2-mingw64")
set(DEPUTYDESK_DEPS_MINGW "${DEPUTYDESK_WINDOWS_CACHE}/deps")
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${DEPUTYDESK_QT_MINGW}" "${DEPUTYDESK_DEPS_MINGW}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_PREFIX_PATH "${DEPUTYDESK_QT_MINGW}" "${DEPUTYDESK_DEPS_MINGW}")

# Qt's host tools (moc, rcc, uic, lrelease) are Debian's own 6.4.2.
set(QT_HOST_PATH /usr)
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)

# pkg-config finds only the cross-built .pc files, never the host's.
set(ENV{PKG_CONFIG_LIBDIR} "${DEPUTYDESK_DEPS_MINGW}/lib/pkgconfig:/usr/x86_64-w64-mingw32/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
