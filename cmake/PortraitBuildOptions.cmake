option(PORTRAIT_WERROR "Treat compiler warnings as errors" OFF)

# Flags every Portrait target shares. Linked PRIVATE by each target, never set at directory scope.
add_library(portrait_build_options INTERFACE)
target_compile_features(portrait_build_options INTERFACE cxx_std_20)
target_compile_definitions(portrait_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(portrait_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
    if(PORTRAIT_WERROR)
        target_compile_options(portrait_build_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(portrait_build_options INTERFACE /W4 /utf-8)
endif()

