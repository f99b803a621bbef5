#!/usr/bin/env bash
# Installs the Debian 12 packages Cortado builds and tests with, if missing.
set -euo pipefail

packages=(build-essential cmake pkg-config libgc-dev libffi-dev libzip-dev check shellcheck
          openjdk-17-jdk-headless)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi
