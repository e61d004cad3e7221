#!/usr/bin/env sh
# Stands in for the `docker` command Jib calls when it builds to a local daemon, for machines without one: Jib pipes
# the finished image to `docker load` in `docker save` format, and this writes it to a file instead
# (target/container/averted-image.tar, or $AVERTED_IMAGE_TAR). Load it with `docker load -i`, `podman load -i`, or copy
# it to a registry with `skopeo copy docker-archive:target/container/averted-image.tar docker://REGISTRY/averted:TAG`.
set -eu
case "${1:-}" in
  info)
    # Jib asks which platform the daemon runs, to pick the matching base image.
    echo '{"OSType":"linux","Architecture":"x86_64"}'
    ;;
  load)
    out=${AVERTED_IMAGE_TAR:-target/container/averted-image.tar}
    mkdir -p "$(dirname "$out")"
    cat > "$out"
    echo "Loaded image: written to $out"
    ;;
  *)
    echo "docker-load-to-file.sh only writes images to a file; '$*' needs a real docker" >&2
    exit 1
    ;;
esac
