# Windows and macOS: the installed executable needs Qt's libraries, plugins (platform, SQL drivers,
# image formats, icon engines) and translations beside it. Qt's deploy script runs windeployqt or
# macdeployqt on it at install time, which CPack's NSIS and DragNDrop generators then package.
# On Linux the package depends on Debian's Qt packages instead, so nothing is deployed.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET portrait OUTPUT_SCRIPT portrait_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        # Qt 6.3 and 6.4 name the output argument FILENAME_VARIABLE.
        qt_generate_deploy_app_script(TARGET portrait FILENAME_VARIABLE portrait_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${portrait_deploy_script})
endif()
