# Fails when translations/portrait_zh_CN.ts misses a message of the current sources, or has one
# left unfinished. Runs lupdate into a scratch copy, so the source tree is never written.
# -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=...
file(MAKE_DIRECTORY ${WORK_DIR})
set(ts ${WORK_DIR}/portrait_zh_CN.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/portrait_zh_CN.ts ${ts})
file(GLOB_RECURSE sources ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
list(JOIN sources "\n" source_list)
file(WRITE ${WORK_DIR}/sources.lst "${source_list}")
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none @${WORK_DIR}/sources.lst -ts ${ts}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
file(READ ${ts} content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    list(SUBLIST unfinished 0 5 first)
    message(FATAL_ERROR "${count} messages are not translated in portrait_zh_CN.ts, e.g.:\n${first}\n"
                        "Run: cmake --build build --target update_translations, then translate them.")
endif()
message(STATUS "portrait_zh_CN.ts is complete")
