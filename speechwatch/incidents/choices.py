"""Enumerations the code branches on (vocabularies editors may change live in the vocab app)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# Custody status, sentence type and ban kind are vocabularies held as data with en/ru/kk labels
# (speechwatch/incidents/data/legal_outcomes.json); the model fields take these callables as choices.
from speechwatch.incidents.legal_terms import ban_choices as ban_choices
from speechwatch.incidents.legal_terms import custody_choices as custody_choices
from speechwatch.incidents.legal_terms import sentence_choices as sentence_choices


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class IncidentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    VERIFIED = "verified", _("Verified")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class ActorKind(models.TextChoices):
    PERSON = "person", _("Person")
    OUTLET = "outlet", _("Media outlet")
    ORGANISATION = "organisation", _("Organisation")


class ActorSubkind(models.TextChoices):
    JOURNALIST = "journalist", _("Journalist")
    BLOGGER = "blogger", _("Blogger")
    ACTIVIST = "activist", _("Activist")
    CITIZEN = "citizen", _("Citizen")
    OFFICIAL = "official", _("Official")
    LAWYER = "lawyer", _("Lawyer")
    NEWSPAPER = "newspaper", _("Newspaper")
    TV = "tv", _("TV channel")
    RADIO = "radio", _("Radio")
    NEWS_AGENCY = "news_agency", _("News agency")
    ONLINE = "online", _("Online outlet")
    TELEGRAM = "telegram", _("Telegram channel")
    YOUTUBE = "youtube", _("YouTube channel")
    SOCIAL = "social", _("Social-media account")
    AKIMAT = "akimat", _("Akimat")
    POLICE = "police", _("Police")
    PROSECUTOR = "prosecutor", _("Prosecutor's office")
    MINISTRY = "ministry", _("Ministry")
    COURT = "court", _("Court")
    PARLIAMENT = "parliament", _("Parliament")
    COMPANY = "company", _("Company")
    NGO = "ngo", _("NGO")
    OTHER = "other", _("Other")


STATE_SUBKINDS = {"official", "akimat", "police", "prosecutor", "ministry", "court", "parliament"}


class InvolvementRole(models.TextChoices):
    VICTIM = "victim", _("Victim")
    PERPETRATOR = "perpetrator", _("Perpetrator")
    PLAINTIFF = "plaintiff", _("Plaintiff")
    COMPLAINANT = "complainant", _("Complainant")
    DEFENDANT = "defendant", _("Defendant")
    LAWYER = "lawyer", _("Lawyer")
    WITNESS = "witness", _("Witness")
    OTHER = "other", _("Other")


class ProceedingKind(models.TextChoices):
    CRIMINAL = "criminal", _("Criminal")
    CIVIL = "civil", _("Civil")
    ADMINISTRATIVE = "administrative", _("Administrative")
    PRETRIAL_CHECK = "pretrial_check", _("Pre-trial check")
    WARNING = "warning", _("Non-judicial warning")


class PartyRole(models.TextChoices):
    COMPLAINANT = "complainant", _("Complainant")
    PLAINTIFF = "plaintiff", _("Plaintiff")
    DEFENDANT = "defendant", _("Defendant")
    ACCUSED = "accused", _("Accused")
    VICTIM = "victim", _("Victim")
    LAWYER = "lawyer", _("Lawyer")
    PROSECUTOR = "prosecutor", _("Prosecutor")
    JUDGE = "judge", _("Judge")
    OTHER = "other", _("Other")


class StageKind(models.TextChoices):
    COMPLAINT_FILED = "complaint_filed", _("Complaint or claim filed")
    INVESTIGATION_OPENED = "investigation_opened", _("Investigation opened")
    TERMINATED = "terminated", _("Terminated")
    RESUMED = "resumed", _("Resumed")
    SENT_TO_COURT = "sent_to_court", _("Sent to court")
    FIRST_INSTANCE = "first_instance", _("First-instance decision")
    APPEAL = "appeal", _("Appeal")
    CASSATION = "cassation", _("Cassation")
    MEDIATION = "mediation", _("Mediation agreement")
    CLAIM_WITHDRAWN = "claim_withdrawn", _("Claim withdrawn")
    SENTENCE = "sentence", _("Sentence")
    OTHER = "other", _("Other")


COURT_STAGES = {"sent_to_court", "first_instance", "appeal", "cassation", "sentence"}
DECISION_STAGES = {"first_instance", "appeal", "cassation"}


class Outcome(models.TextChoices):
    PENDING = "pending", _("Pending")
    CONVICTED = "convicted", _("Convicted")
    ACQUITTED = "acquitted", _("Acquitted")
    DISMISSED = "dismissed", _("Dismissed or terminated")
    SETTLED = "settled", _("Settled (mediation)")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    CLAIM_SATISFIED = "satisfied", _("Claim satisfied")
    CLAIM_PARTLY_SATISFIED = "partly_satisfied", _("Claim partly satisfied")
    CLAIM_REJECTED = "rejected", _("Claim rejected")
    FINED = "fined", _("Fined")
    OTHER = "other", _("Other")


OUTCOMES_FOR_MEDIA = {"acquitted", "dismissed", "withdrawn", "rejected"}


class AmountKind(models.TextChoices):
    CLAIMED = "claimed", _("Claimed")
    AWARDED = "awarded", _("Awarded")
    RECOVERED = "recovered", _("Recovered")
    FINE = "fine", _("Fine")
    OTHER = "other", _("Other")


class SourceKind(models.TextChoices):
    URL = "url", _("Web page")
    DOCUMENT = "document", _("Document")
    CORRESPONDENT = "correspondent", _("Correspondent report")


class Reliability(models.TextChoices):
    A = "A", _("A: confirmed by several independent sources")
    B = "B", _("B: reliable source")
    C = "C", _("C: fairly reliable")
    D = "D", _("D: unconfirmed")
    E = "E", _("E: doubtful")


class FigureScope(models.TextChoices):
    PERIOD = "period", _("Report period")
    YTD = "ytd", _("Year to date")
    PREVIOUS_YEAR = "previous_year", _("Same period a year earlier")
    OTHER = "other", _("Other")


class LegislativeKind(models.TextChoices):
    BILL = "bill", _("Bill")
    LAW = "law", _("Law")
    DECREE = "decree", _("Decree")
    CONCEPT = "concept", _("Concept")
    COURT_RULE = "court_rule", _("Court practice rule")
    OTHER = "other", _("Other")


class LegislativeStatus(models.TextChoices):
    PUBLISHED = "published_for_discussion", _("Published for discussion")
    INTRODUCED = "introduced", _("Introduced")
    FIRST_READING = "first_reading", _("First reading")
    SECOND_READING = "second_reading", _("Second reading")
    PASSED = "passed", _("Passed")
    SIGNED = "signed", _("Signed")
    IN_FORCE = "in_force", _("In force")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Roles in which a person answers a charge: only these parties can carry charges, custody and sentences.
ACCUSED_ROLES = ("accused", "defendant")
# Proceedings that can end in a sentence or a penalty (a civil defendant is never "charged").
PENAL_KINDS = ("criminal", "administrative")
