# The store's own libraries, linked into entente_model from here so that only model/store/ names
# them: SQLite through SQLiteCpp (public: tests reach the database through Store::database()),
# and libpq, whose headers only model/store/pg/ sees (no other file's compile line changes; the
# library itself is linked, so the .deb depends on libpq5).
target_link_libraries(entente_model PUBLIC SQLiteCpp SQLite::SQLite3)
file(GLOB ENTENTE_PG_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/pg/*.cpp)
set_source_files_properties(${ENTENTE_PG_SOURCES} PROPERTIES INCLUDE_DIRECTORIES "${LIBPQ_INCLUDE_DIRS}")
target_link_libraries(entente_model PRIVATE ${LIBPQ_LINK_LIBRARIES})
