#!/bin/sh
# /usr/bin/casefile from the Debian package: the bundle lives in /opt/casefile.
exec /opt/casefile/casefile "$@"
