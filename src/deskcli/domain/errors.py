"""The exceptions deskcli raises; the command line maps each family to an exit code."""


class DeskError(Exception):
    "Base class for every error deskcli reports to its user"


class InvalidInput(DeskError):
    "A value given by the user is missing or malformed"


class EditionMismatch(InvalidInput):
    "The edition a customer named is not the edition of the license"


class ChangedMeanwhile(InvalidInput):
    "Another agent changed the request after the change was begun; nothing was written over it"

    def __init__(self, message: str, latest: int) -> None:
        super().__init__(message)
        #: The request's latest recorded change, which the one refused has now seen.
        self.latest = latest


class Refused(DeskError):
    "The policy does not allow what was asked (a negative answer, not a mistake)"


class NotFound(DeskError):
    "A request, license or other record does not exist"


class NotRecognised(DeskError):
    "A license number or PIN was not recognised"


class StorageError(DeskError):
    "The database cannot be opened, read or written"
