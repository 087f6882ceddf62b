from .actors import Actor, ActorAlias, normalise_name
from .documents import SourceDocument
from .figures import LegislativeEvent, LegislativeItem, PublishedFigure
from .incidents import Case, Incident, IncidentPlace, Involvement, Source
from .proceedings import Ban, MoneyAmount, Proceeding, ProceedingBasis, ProceedingParty, Sentence, StageEvent
from .search import IncidentSearchDocument
from .translations import (
    ActorTranslation,
    CaseTranslation,
    IncidentTranslation,
    LegislativeItemTranslation,
    TranslationStatus,
)

__all__ = [
    "Actor",
    "ActorAlias",
    "ActorTranslation",
    "Ban",
    "Case",
    "CaseTranslation",
    "Incident",
    "IncidentPlace",
    "IncidentSearchDocument",
    "IncidentTranslation",
    "Involvement",
    "LegislativeEvent",
    "LegislativeItem",
    "LegislativeItemTranslation",
    "MoneyAmount",
    "Proceeding",
    "ProceedingBasis",
    "ProceedingParty",
    "PublishedFigure",
    "Sentence",
    "Source",
    "SourceDocument",
    "StageEvent",
    "TranslationStatus",
    "normalise_name",
]
