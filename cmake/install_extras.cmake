# What an installed vnplan has besides the binaries, headers and vnplan.pc:
# find_package(vnplan) (targets vnplan::vnplan, vnplan::vnplan_static, vnplan::cli),
# the man page, the documentation, the Python binding.
include(CMakePackageConfigHelpers)
set_target_properties(vnplan_shared PROPERTIES EXPORT_NAME vnplan)
set_target_properties(vnplan_static PROPERTIES EXPORT_NAME vnplan_static)
set_target_properties(vnplan PROPERTIES EXPORT_NAME cli)   # the command, as vnplan::cli
set(VNPLAN_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/vnplan)
install(EXPORT vnplanTargets NAMESPACE vnplan:: DESTINATION ${VNPLAN_CMAKE_DIR})
configure_package_config_file(cmake/vnplanConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/vnplanConfig.cmake
                              INSTALL_DESTINATION ${VNPLAN_CMAKE_DIR})
# 0.x: a new minor version may change the API, so only the same minor matches.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/vnplanConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/vnplanConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/vnplanConfigVersion.cmake
        DESTINATION ${VNPLAN_CMAKE_DIR})

install(FILES man/vnplan.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}
        FILES_MATCHING PATTERN "*.md" PATTERN "*.json" PATTERN "*.c")

set(VNPLAN_PYTHON_INSTALL_DIR lib/python3/dist-packages CACHE STRING
    "Where the Python binding is installed, relative to the prefix (Debian's dist-packages by default)")
install(DIRECTORY bindings/python/vnplan DESTINATION ${VNPLAN_PYTHON_INSTALL_DIR}
        PATTERN "__pycache__" EXCLUDE)
install(FILES bindings/python/examples/list_tasks.py DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
