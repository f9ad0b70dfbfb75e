"""A loopback fake of the Microsoft Graph drive endpoints and the Entra ID token endpoint."""
from .server import FakeGraph, Fault, Item

__all__ = ["FakeGraph", "Fault", "Item"]
