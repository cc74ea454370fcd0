# One INTERFACE target carries the compile settings every Entente target shares
# (qBittorrent's qbt_common_cfg): strict Qt string handling, warnings, sanitizers.
add_library(entente_settings INTERFACE)
target_compile_definitions(entente_settings INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    ENTENTE_VERSION="${PROJECT_VERSION}")
target_compile_options(entente_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(ENTENTE_WERROR)
    target_compile_options(entente_settings INTERFACE -Werror)
endif()
if(ENTENTE_SANITIZE)
    target_compile_options(entente_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(entente_settings INTERFACE -fsanitize=address,undefined)
endif()
