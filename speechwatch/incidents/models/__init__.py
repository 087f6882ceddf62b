from .actors import Actor, ActorAlias, normalise_name
from .documents import SourceDocument
from .figures import LegislativeEvent, LegislativeItem, PublishedFigure
from .incidents import Case, Incident, IncidentPlace, Involvement, Source
from .proceedings import MoneyAmount, Proceeding, ProceedingBasis, ProceedingParty, StageEvent

__all__ = [
    "Actor",
    "ActorAlias",
    "Case",
    "Incident",
    "IncidentPlace",
    "Involvement",
    "LegislativeEvent",
    "LegislativeItem",
    "MoneyAmount",
    "Proceeding",
    "ProceedingBasis",
    "ProceedingParty",
    "PublishedFigure",
    "Source",
    "SourceDocument",
    "StageEvent",
    "normalise_name",
]
