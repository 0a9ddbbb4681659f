"""The guard: keeps confidential data out of public generative-AI services."""

import os

# Presidio's e-mail recognizer uses tldextract, which would download the public-suffix
# list on first use. An empty URL list makes it use the snapshot bundled in the package:
# nothing but proxied traffic may leave the machine. Set before presidio is imported.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
