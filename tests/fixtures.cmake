# ctest's fixtures-present: says whether the real files of other projects (FIXTURES, normally
# ../shared/fixtures beside the repository) are there, and so which tests read them this run.
# Run as: cmake -DFIXTURES=DIR -P fixtures.cmake
if(IS_DIRECTORY "${FIXTURES}")
    file(GLOB_RECURSE files RELATIVE "${FIXTURES}" "${FIXTURES}/*/*")
    list(LENGTH files count)
    message("Real files of other projects in ${FIXTURES}: ${count} (${files}); "
            "tst_timelinejsimport and tst_csvimport read them as well as our own files.")
else()
    message("${FIXTURES} is not there: the tests on other projects' real files skip "
            "(tst_timelinejsimport wholeFiles, tst_csvimport sniffingRealSheet); our own files in tests/data/io ran.")
endif()
