"""The SDK's runtime modules, for tests/test_runtime.py: that file is the same in every SDK,
so the package's name is written here, not there."""

from drivly_commerce import _base as base
from drivly_commerce import _errors as errors
from drivly_commerce import _models as models

__all__ = ["base", "errors", "models"]
