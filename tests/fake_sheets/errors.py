"""API error responses of the fake (google.rpc status bodies)."""
from __future__ import annotations


class ApiError(Exception):
    """An API error response: HTTP status, message and the google.rpc status name."""

    def __init__(self, code: int, message: str, status: str = "INVALID_ARGUMENT"):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status

    def body(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "status": self.status}}


def bad(message: str) -> ApiError:
    return ApiError(400, message, "INVALID_ARGUMENT")
