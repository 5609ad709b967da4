#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Kartu needs to build, run and test on Debian 12 (run as root or with sudo).
set -eu

export DEBIAN_FRONTEND=noninteractive

packages="
  meson ninja-build pkg-config gcc
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libshumate-dev
  libsqlite3-dev libjansson-dev libsoup-3.0-dev libcairo2-dev libpango1.0-dev
  gettext appstream desktop-file-utils
  xvfb xauth dbus-x11 fonts-noto-core fonts-cantarell locales
  python3 sqlite3
"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

# The locales of Kartu's languages, so that dates, numbers and money format as they should.
wanted="en_GB.UTF-8 lt_LT.UTF-8 lv_LV.UTF-8 ru_RU.UTF-8 sq_AL.UTF-8 bn_BD.UTF-8"
available=$(locale -a 2>/dev/null | tr 'A-Z' 'a-z')
need_gen=no
for l in $wanted; do
  short=$(echo "$l" | sed 's/UTF-8/utf8/' | tr 'A-Z' 'a-z')
  if ! echo "$available" | grep -qx "$short"; then
    sed -i "s/^# *\($l UTF-8\)/\1/" /etc/locale.gen
    grep -q "^$l UTF-8" /etc/locale.gen || echo "$l UTF-8" >> /etc/locale.gen
    need_gen=yes
  fi
done
if [ "$need_gen" = yes ]; then
  locale-gen > /dev/null
fi
