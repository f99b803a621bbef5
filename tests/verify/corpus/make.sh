#!/bin/sh
# make.sh - regenerates the class files of this corpus from their sources
# with compilers the build does not use (Debian package ecj). They are
# kept in the repository, as NAME.class.keep (the repository ignores
# *.class), so that the corpus needs no such compiler.
#
#   Finally14.class.keep   ecj -source 1.4 -target 1.4: version 48, jsr/ret
set -e
cd "$(dirname "$0")"
ecj -source 1.4 -target 1.4 -nowarn -d . Finally14.java
mv Finally14.class Finally14.class.keep
