# Shared set-up of tools/demo and tools/test: install the Debian packages
# that are missing, configure and build. Sourced, not run. Quiet when there
# is nothing to do; the build log is shown only when the build fails.

VNPLAN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Packages needed to build vnplan and run its tests.
VNPLAN_BUILD_PACKAGES="gcc make cmake pkg-config zlib1g-dev libzip-dev libxml2-dev libpcre2-dev
  libutf8proc-dev check libjansson-dev libssl-dev libxlsxwriter-dev"
VNPLAN_TEST_PACKAGES="python3 python3-jsonschema valgrind recode libreoffice-writer-nogui libreoffice-calc-nogui g++ chromium nodejs"
# vnplan serve: HTTP server, database, password hashes.
VNPLAN_BUILD_PACKAGES="$VNPLAN_BUILD_PACKAGES libmicrohttpd-dev libsqlite3-dev"

vnplan_die() {
    echo "vnplan setup: $*" >&2
    exit 1
}

# vnplan_ensure_packages PKG...: installs those not installed yet.
vnplan_ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local apt="apt-get install -y -q --no-install-recommends ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo"
        else
            echo "vnplan setup: these Debian packages are missing: ${missing[*]}" >&2
            echo "vnplan setup: install them with:" >&2
            echo "  sudo apt-get update && sudo $apt" >&2
            exit 1
        fi
    fi
    echo "vnplan setup: installing ${missing[*]}" >&2
    local log
    log=$(mktemp)
    if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
           $sudo env DEBIAN_FRONTEND=noninteractive $apt; } >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "vnplan setup: apt-get failed; run by hand: ${sudo:+sudo }apt-get update && ${sudo:+sudo }$apt" >&2
        exit 1
    fi
    rm -f "$log"
}

# vnplan_build DIR [CMAKE_ARGS...]: configures DIR once, then builds it.
vnplan_build() {
    local dir=$1
    shift
    local log="$dir.log"
    mkdir -p "$dir"
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        if ! cmake -S "$VNPLAN_ROOT" -B "$dir" "$@" >"$log" 2>&1; then
            cat "$log" >&2
            vnplan_die "cmake configuration of $dir failed (log above)"
        fi
    fi
    if ! cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)" >"$log" 2>&1; then
        cat "$log" >&2
        vnplan_die "build in $dir failed (log above)"
    fi
}
