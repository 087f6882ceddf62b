from .actors import Actor, ActorAlias, normalise_name
from .documents import SourceDocument
from .figures import LegislativeEvent, LegislativeItem, PublishedFigure
from .incidents import Case, Incident, IncidentPlace, Involvement, Source
from .proceedings import Ban, MoneyAmount, Proceeding, ProceedingBasis, ProceedingParty, Sentence, StageEvent

__all__ = [
    "Actor",
    "ActorAlias",
    "Ban",
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
    "Sentence",
    "Source",
    "SourceDocument",
    "StageEvent",
    "normalise_name",
]
