# Fails when translations/portrait_zh_CN.ts misses a message of the current sources, or has one
# left unfinished. Runs lupdate into a scratch copy, so the source tree is never written.
# Uses the lupdate project file qt_add_translations writes (same sources, include paths and
# contexts as `update_translations`).
# -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -DPROJECT_CMAKE=... -DGENERATOR=...
file(MAKE_DIRECTORY ${WORK_DIR})
set(ts ${WORK_DIR}/portrait_zh_CN.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/portrait_zh_CN.ts ${ts})
set(PROJECT_JSON ${WORK_DIR}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${PROJECT_JSON} -P ${GENERATOR}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project file: ${result}")
endif()
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none -project ${PROJECT_JSON} -ts ${ts}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
file(READ ${ts} content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    cmake_policy(SET CMP0007 NEW)
    list(SUBLIST unfinished 0 5 first)
    message(FATAL_ERROR "${count} messages are not translated in portrait_zh_CN.ts, e.g.:\n${first}\n"
                        "Run: cmake --build build --target update_translations, then translate them.")
endif()
message(STATUS "portrait_zh_CN.ts is complete")
