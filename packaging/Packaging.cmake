# Linux packaging: what `cmake --install` puts under the prefix (binaries, templates, manual
# pages, copyright and, with the desktop app, its desktop entry, AppStream metainfo and icons) and
# the Debian package that CPack makes of it:
#   cpack -G DEB          (in the build directory) -> ipc-studio_<version>_<arch>.deb
# ctest's packaging.deb (tests/packaging/deb-test.sh) builds the package and checks it.
include(GNUInstallDirs)

set(IPC_APP_ID io.github.ipc_studio.IpcStudio)
# The date of PROJECT_VERSION, as in the metainfo's <releases>.
set(IPC_RELEASE_DATE 2026-11-21)
set(IPC_PACKAGING_SOURCE_DIR ${CMAKE_CURRENT_LIST_DIR})
set(IPC_PACKAGING_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging)

# Manual pages: configured with the version and date, gzipped (without a timestamp) as Debian
# wants. Building a program builds its page, so a package never misses one.
find_program(IPC_GZIP gzip REQUIRED)
function(ipc_add_man_page program)
  set(IPC_MAN_DATE ${IPC_RELEASE_DATE})
  set(page ${IPC_PACKAGING_BINARY_DIR}/${program}.1)
  configure_file(${IPC_PACKAGING_SOURCE_DIR}/${program}.1.in ${page} @ONLY)
  add_custom_command(OUTPUT ${page}.gz
                     COMMAND ${IPC_GZIP} -9 -n -k -f ${page}
                     DEPENDS ${page}
                     COMMENT "Compressing the manual page ${program}(1)"
                     VERBATIM)
  add_custom_target(${program}_man ALL DEPENDS ${page}.gz)
  add_dependencies(${program} ${program}_man)
  install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endfunction()

ipc_add_man_page(ipc-devnet)

file(GLOB IPC_TEMPLATE_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/templates/*.yaml)
install(FILES ${IPC_TEMPLATE_FILES} ${PROJECT_SOURCE_DIR}/resources/templates/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/ipc-studio/templates)
install(FILES ${IPC_PACKAGING_SOURCE_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Desktop integration, with the app only: a menu entry for a program that is not installed
# would be broken.
if(BUILD_GUI)
  ipc_add_man_page(ipc-studio)

  install(FILES ${IPC_PACKAGING_SOURCE_DIR}/${IPC_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${IPC_PACKAGING_SOURCE_DIR}/${IPC_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

  # The icon is one SVG; the PNG sizes are rendered from it with Qt's SVG renderer, the one the
  # app draws its window icon with.
  set(IPC_ICON_SVG ${IPC_PACKAGING_SOURCE_DIR}/icons/${IPC_APP_ID}.svg)
  set(IPC_ICON_SIZES 16 24 32 48 64 128 256 512)
  add_executable(ipc_render_icon ${IPC_PACKAGING_SOURCE_DIR}/tools/render_icon.cpp)
  target_link_libraries(ipc_render_icon PRIVATE Qt6::Gui Qt6::Svg ipc_warnings)
  set_target_properties(ipc_render_icon PROPERTIES RUNTIME_OUTPUT_DIRECTORY
                                                   ${IPC_PACKAGING_BINARY_DIR})
  set(IPC_ICON_PNGS)
  foreach(size ${IPC_ICON_SIZES})
    set(png ${IPC_PACKAGING_BINARY_DIR}/icons/${size}x${size}/apps/${IPC_APP_ID}.png)
    list(APPEND IPC_ICON_PNGS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  add_custom_command(OUTPUT ${IPC_ICON_PNGS}
                     COMMAND ipc_render_icon ${IPC_ICON_SVG} ${IPC_PACKAGING_BINARY_DIR}/icons
                             ${IPC_APP_ID} ${IPC_ICON_SIZES}
                     DEPENDS ipc_render_icon ${IPC_ICON_SVG}
                     COMMENT "Rendering the application icon"
                     VERBATIM)
  add_custom_target(ipc_icons ALL DEPENDS ${IPC_ICON_PNGS})
  add_dependencies(ipc-studio ipc_icons)
  install(FILES ${IPC_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ipc-studio)
set(CPACK_PACKAGE_VENDOR "IPC Studio developers")
set(CPACK_PACKAGE_CONTACT "IPC Studio developers <ipc-studio@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/ipc-studio/ipc-studio)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
                                                GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/")

set(IPC_DEB_DESCRIPTION
    "IPC Studio runs a complete InterPlanetary Consensus (IPC) hierarchy on one
machine, in one process: a root chain and a tree of subnets, each with its own
validators, gateway, subnet actor, bottom-up checkpoints and top-down finality.
All protocol time is virtual, so runs are deterministic and can go as fast as
the CPU allows.

Every chain serves an Ethereum JSON-RPC endpoint with IPC's contracts at their
ABI, so wallets, ethers and dapps connect as they would to any EVM chain.
Workspaces keep a hierarchy in one SQLite file that survives kill -9 and
continues where it stopped.
")
if(BUILD_GUI)
  string(APPEND IPC_DEB_DESCRIPTION
         "
This package contains ipc-studio, the desktop app that starts a multi-level
hierarchy in one click and shows it live (graph, subnet pages, checkpoint
inspector, charts), and ipc-devnet, the same engine headless with an
ipc-cli-style client, for scripts and continuous integration.
")
else()
  string(APPEND IPC_DEB_DESCRIPTION
         "
This package contains ipc-devnet, the engine headless with an ipc-cli-style
client, for scripts and continuous integration (built without the desktop app).
")
endif()
set(CPACK_PACKAGE_DESCRIPTION "${IPC_DEB_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${IPC_DEB_DESCRIPTION}")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# Depends comes from dpkg-shlibdeps; what it cannot see is added here: Qt loads the SVG icon
# engine as a plugin, and Wayland sessions want Qt's Wayland platform plugin.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(BUILD_GUI)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
endif()

include(CPack)

if(BUILD_TESTING)
  add_test(NAME packaging.deb
           COMMAND bash ${PROJECT_SOURCE_DIR}/tests/packaging/deb-test.sh ${PROJECT_BINARY_DIR}
                   ${CMAKE_CPACK_COMMAND} ${PROJECT_VERSION} ${BUILD_GUI})
  set_tests_properties(packaging.deb PROPERTIES LABELS packaging TIMEOUT 180)
endif()
