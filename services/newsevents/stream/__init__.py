"""The Faust shell: consume raw articles, call the pure core, publish, count."""
