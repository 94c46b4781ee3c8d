# Install layout and CPack packages for Linux (.deb, .tar.gz), Windows (NSIS installer, WiX
# on request, .zip) and macOS (.dmg). Included at the end of the top-level CMakeLists.txt,
# once every target exists.
#
# Layouts: all three executables always sit side by side, because `frontdesk --demo` starts
# frontdesk-devserver from the GUI's own folder (network/demoserver.cpp):
#   Linux    <prefix>/bin/{frontdesk,frontdesk-cli,frontdesk-devserver}, desktop file,
#            AppStream metainfo and the SVG icon under <prefix>/share
#   Windows  <prefix>/bin/*.exe plus the Qt DLLs and plugins windeployqt adds
#   macOS    <prefix>/frontdesk.app/Contents/MacOS/{frontdesk,frontdesk-cli,frontdesk-devserver}
# The translations need no files: the .qm catalogues are compiled into the executables.

set(FRONTDESK_APP_ID "com.empfio.Frontdesk")

if(APPLE)
    set(_frontdesk_helper_dir "frontdesk.app/Contents/MacOS")
else()
    set(_frontdesk_helper_dir "${CMAKE_INSTALL_BINDIR}")
endif()

# The GUI's own install rule and bundle identifier are in app/CMakeLists.txt.
install(TARGETS frontdesk-cli frontdesk-devserver RUNTIME DESTINATION ${_frontdesk_helper_dir})

if(UNIX AND NOT APPLE)
    set(_frontdesk_resources "${PROJECT_SOURCE_DIR}/resources")
    install(FILES "${_frontdesk_resources}/${FRONTDESK_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_frontdesk_resources}/${FRONTDESK_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${_frontdesk_resources}/icons/frontdesk.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${FRONTDESK_APP_ID}.svg")
endif()

if(WIN32)
    target_sources(frontdesk PRIVATE "${PROJECT_SOURCE_DIR}/resources/frontdesk.rc")
endif()
# Finder and the Dock want an .icns, which cannot be made on Linux: on a Mac, render the SVG
# to PNGs in frontdesk.iconset and run `iconutil -c icns` (README.md, "Packaging"). Without
# it the bundle shows a generic icon in Finder; the running app still shows its own.
set(_frontdesk_icns "${PROJECT_SOURCE_DIR}/resources/icons/frontdesk.icns")
if(APPLE AND EXISTS "${_frontdesk_icns}")
    target_sources(frontdesk PRIVATE "${_frontdesk_icns}")
    set_source_files_properties("${_frontdesk_icns}" PROPERTIES
        MACOSX_PACKAGE_LOCATION "Resources")
    set_target_properties(frontdesk PROPERTIES MACOSX_BUNDLE_ICON_FILE "frontdesk.icns")
endif()
set_target_properties(frontdesk PROPERTIES
    MACOSX_BUNDLE_BUNDLE_NAME "Frontdesk"
    MACOSX_BUNDLE_INFO_STRING "${PROJECT_DESCRIPTION}"
    MACOSX_BUNDLE_COPYRIGHT "Empfio")

# Qt's own deploy tools (windeployqt, macdeployqt) copy the Qt libraries and plugins next to
# the executables at install time, so the .zip, the installer and the .dmg run on machines
# without Qt. Linux packages use the distribution's Qt instead (Qt 6.4 has no Linux deploy
# tool). None of this can run on the Linux build machine; see README.md, "Packaging".
if((WIN32 OR APPLE) AND QT_DEPLOY_SUPPORT)
    if(APPLE)
        set(_frontdesk_deploy_executable "frontdesk.app")
        set(_frontdesk_deploy_extra
            "frontdesk.app/Contents/MacOS/frontdesk-cli"
            "frontdesk.app/Contents/MacOS/frontdesk-devserver")
    else()
        set(_frontdesk_deploy_executable "\${QT_DEPLOY_BIN_DIR}/frontdesk.exe")
        set(_frontdesk_deploy_extra
            "\${QT_DEPLOY_BIN_DIR}/frontdesk-cli.exe"
            "\${QT_DEPLOY_BIN_DIR}/frontdesk-devserver.exe")
    endif()
    # qt_generate_deploy_app_script() of Qt 6.4 deploys one executable only; the CLI and the
    # dev server need QtHttpServer and friends as well.
    set(_frontdesk_deploy_script "${CMAKE_BINARY_DIR}/frontdesk-deploy.cmake")
    file(GENERATE OUTPUT "${_frontdesk_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_frontdesk_deploy_executable}\"
    ADDITIONAL_EXECUTABLES ${_frontdesk_deploy_extra}
    GENERATE_QT_CONF)
")
    install(SCRIPT "${_frontdesk_deploy_script}")
endif()
if(WIN32)
    # windeployqt copies Qt only: QtKeychain and the compiler's runtime come separately.
    # (install(IMPORTED_RUNTIME_ARTIFACTS) refuses QtKeychain's target, which is an alias.)
    install(FILES "$<TARGET_FILE:Qt6Keychain::Qt6Keychain>" DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# --- CPack ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "frontdesk")
set(CPACK_PACKAGE_VENDOR "Empfio")
set(CPACK_PACKAGE_CONTACT "Frontdesk maintainers <frontdesk@empfio.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters: Debian's control file shows them as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Frontdesk shows the bookings an Empfio organization receives, keeps a local"
    "copy so the day's appointments stay visible offline, and lets the front desk"
    "reschedule, complete, cancel and mark no-shows."
    ""
    "Includes frontdesk-cli for scripts and frontdesk-devserver, a local server"
    "with sample data for the demo mode (frontdesk --demo).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Frontdesk")
set(CPACK_PACKAGE_EXECUTABLES "frontdesk;Frontdesk")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build/;/build-.*/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: dpkg-shlibdeps finds the libraries the executables link (Qt, QtKeychain, libc);
# plugins are loaded at run time and have to be named: the xcb/wayland platform plugins and
# the SQLite driver of Qt Sql.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(_frontdesk_plugin_depends "qt6-qpa-plugins, libqt6sql6-sqlite")
find_program(FRONTDESK_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(FRONTDESK_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_frontdesk_plugin_depends}")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), \
libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6httpserver6 (>= 6.4), libqt6svg6 (>= 6.4), \
libqt6charts6 (>= 6.4), libqt6concurrent6 (>= 6.4), \
libqt6keychain1, libsimdjson14, ${_frontdesk_plugin_depends}")
endif()
# Qt's own texts (standard buttons, file dialogs) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# Windows: NSIS by default; `cpack -G WIX` builds an .msi with the same contents.
set(CPACK_NSIS_DISPLAY_NAME "Frontdesk")
set(CPACK_NSIS_PACKAGE_NAME "Frontdesk")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\frontdesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/frontdesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/frontdesk.ico")
set(CPACK_WIX_UPGRADE_GUID "6B0C8F5E-3D2A-4C7B-9E61-2F4A8D0B7C13")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/frontdesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Frontdesk")

# macOS: a .dmg holding frontdesk.app, with a link to /Applications to drag it onto.
set(CPACK_DMG_VOLUME_NAME "Frontdesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDBZ")

include(CPack)
