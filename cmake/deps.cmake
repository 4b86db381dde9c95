# Finds a dependency with pkg-config and makes PkgConfig::VAR; when it is
# missing, stops with the Debian package that provides it.
find_package(PkgConfig QUIET)
if(NOT PKG_CONFIG_FOUND)
  message(FATAL_ERROR "vnplan needs pkg-config: apt-get install pkg-config")
endif()

function(vnplan_require var module debian_package)
  pkg_check_modules(${var} QUIET IMPORTED_TARGET GLOBAL ${module})
  if(NOT ${var}_FOUND)
    message(FATAL_ERROR
      "vnplan needs ${module} (pkg-config module not found): "
      "apt-get install ${debian_package}")
  endif()
  message(STATUS "Found ${module} ${${var}_VERSION}")
endfunction()
