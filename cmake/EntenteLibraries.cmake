# How entente_model and entente_ui are built (ENTENTE_SHARED_LIBS): as private shared libraries,
# installed in LIBDIR/entente — not on the linker's path, as Debian wants a library no other
# package links — and found there through a RUNPATH relative to the binary ($ORIGIN), so an
# install into any prefix (tst_package's, the .deb's) runs as it is.
if(ENTENTE_SHARED_LIBS AND NOT ENTENTE_FUZZ)
    set(ENTENTE_LIBRARY_TYPE SHARED)
else()
    set(ENTENTE_LIBRARY_TYPE STATIC)
endif()
set(ENTENTE_PRIVATE_LIBDIR ${CMAKE_INSTALL_LIBDIR}/entente)
# Both libraries land in one build folder, which the package's dpkg-shlibdeps is pointed at.
set(ENTENTE_LIBRARY_OUTPUT_DIR ${CMAKE_BINARY_DIR}/lib)
file(RELATIVE_PATH entente_bin_to_lib ${CMAKE_INSTALL_FULL_BINDIR}
     ${CMAKE_INSTALL_PREFIX}/${ENTENTE_PRIVATE_LIBDIR})

# entente_add_library(NAME SOURCES…): one of Entente's own libraries, of ENTENTE_LIBRARY_TYPE.
function(entente_add_library name)
    add_library(${name} ${ENTENTE_LIBRARY_TYPE} ${ARGN})
    if(ENTENTE_LIBRARY_TYPE STREQUAL "SHARED")
        set_target_properties(${name} PROPERTIES
            LIBRARY_OUTPUT_DIRECTORY ${ENTENTE_LIBRARY_OUTPUT_DIR}
            INSTALL_RPATH "$ORIGIN")
        install(TARGETS ${name} LIBRARY DESTINATION ${ENTENTE_PRIVATE_LIBDIR} NAMELINK_SKIP)
    endif()
endfunction()

# entente_install_rpath(TARGET): an installed executable finds the private libraries.
function(entente_install_rpath target)
    if(ENTENTE_LIBRARY_TYPE STREQUAL "SHARED")
        set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN/${entente_bin_to_lib}")
    endif()
endfunction()
