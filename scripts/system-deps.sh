#!/bin/sh
# Installs the Debian packages speechwatch's tests and renderers need, when they are missing.
# Runs as root on CI and on the developers' machines; elsewhere it says what to install.
set -e
missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
ldconfig -p 2>/dev/null | grep -q libpango-1.0 || missing="$missing libpango-1.0-0 libpangoft2-1.0-0"
fc-list 2>/dev/null | grep -qi dejavu || missing="$missing fonts-dejavu-core"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "speechwatch: please install these Debian packages:$missing (browser tests will skip without chromium)" >&2
fi
