#!/bin/sh
# The .deb of tools/package, unpacked into a temporary root (dpkg -x: no
# root needed, the system is untouched), is complete and usable: its CLI
# runs, the C example builds with pkg-config and with find_package(vnplan)
# and lists a sample's tasks, and so does the Python example, all against
# the library installed from the package.
#   test_package.sh SOURCE_DIR BUILD_DIR        exit 77: dpkg-deb missing
set -u
src=$1 build=$2
command -v dpkg-deb >/dev/null && command -v dpkg >/dev/null || { echo "dpkg-deb not found: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

deb=$("$src/tools/package" "$build" "$tmp") || fail "tools/package"
[ "$(dpkg-deb -f "$deb" Package)" = vnplan ] || fail "package name"
dpkg-deb -f "$deb" Depends | grep -q libjansson || fail "Depends lacks jansson: $(dpkg-deb -f "$deb" Depends)"
root=$tmp/root
dpkg -x "$deb" "$root" || fail "dpkg -x"
for f in usr/bin/vnplan usr/include/vnplan/vnplan.h usr/include/vnplan/plan_model.h usr/share/man/man1/vnplan.1.gz \
         usr/share/doc/vnplan/LICENSE usr/share/doc/vnplan/api.md usr/share/doc/vnplan/examples/list_tasks.c; do
    [ -e "$root/$f" ] || fail "$f missing from the package"
done
lib=$(find "$root/usr/lib" -name 'libvnplan.so.0' | head -1)
[ -n "$lib" ] || fail "libvnplan.so.0 missing"
libdir=$(dirname "$lib")
expected=$src/tests/api/list_tasks.expected
sample=$src/samples/sngv-2024-par-sipas-papi.docx

LD_LIBRARY_PATH=$libdir "$root/usr/bin/vnplan" --version | grep -q "0.1.0" || fail "vnplan --version"

# C example with pkg-config (vnplan.pc is relocatable: found from where it lies).
pc=$(dirname "$(find "$root" -name vnplan.pc | head -1)")
cc -std=c11 -Wall -Wextra -Werror "$root/usr/share/doc/vnplan/examples/list_tasks.c" \
   $(PKG_CONFIG_PATH=$pc pkg-config --cflags --libs vnplan) -o "$tmp/lt_pc" || fail "build with pkg-config"
LD_LIBRARY_PATH=$libdir "$tmp/lt_pc" "$sample" >"$tmp/out_pc" || fail "run (pkg-config build)"
cmp -s "$tmp/out_pc" "$expected" || fail "pkg-config build: output differs from $expected"

# C example with find_package(vnplan).
mkdir -p "$tmp/fp"
cp "$root/usr/share/doc/vnplan/examples/list_tasks.c" "$tmp/fp/"
cat >"$tmp/fp/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.25)
project(list_tasks C)
find_package(vnplan 0.1 REQUIRED)
add_executable(list_tasks list_tasks.c)
target_link_libraries(list_tasks PRIVATE vnplan::vnplan)
CM
cmake -S "$tmp/fp" -B "$tmp/fp/b" -DCMAKE_PREFIX_PATH="$root/usr" >"$tmp/fp.log" 2>&1 &&
    cmake --build "$tmp/fp/b" >>"$tmp/fp.log" 2>&1 || { cat "$tmp/fp.log"; fail "build with find_package"; }
LD_LIBRARY_PATH=$libdir "$tmp/fp/b/list_tasks" "$sample" >"$tmp/out_fp" || fail "run (find_package build)"
cmp -s "$tmp/out_fp" "$expected" || fail "find_package build: output differs"

# Python example through the binding installed by the package.
py=$(find "$root/usr/lib" -type d -name dist-packages | head -1)
PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=$py VNPLAN_LIBRARY=$lib \
    python3 "$root/usr/share/doc/vnplan/examples/list_tasks.py" "$sample" >"$tmp/out_py" || fail "python example"
cmp -s "$tmp/out_py" "$expected" || fail "python example: output differs"
echo "package $(basename "$deb"): CLI, pkg-config, find_package and Python examples pass"
