"""Where a value came from: evidence spans in a source text, and whether it was confirmed."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Strict(BaseModel):
    """Base for every part of a note: unknown fields are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


class Span(Strict):
    """A stretch of a source text, as code-point offsets into the text exactly as stored."""

    source_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"evidence span ends ({self.end}) before it starts ({self.start})")
        return self


class Provenance(Strict):
    """The evidence of one value, the rule that proposed it and the officer's confirmation."""

    spans: tuple[Span, ...] = ()
    confirmed: bool = True
    rule: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    stale: bool = False


class Traced(Strict):
    """A part of a note whose fields can each carry provenance, keyed by field name."""

    evidence: dict[str, Provenance] = Field(default_factory=dict)

    def provenance(self, field: str) -> Provenance | None:
        return self.evidence.get(field)

    def with_evidence(self, field: str, provenance: Provenance | None) -> "Traced":
        """A copy with ``field``'s provenance set (or removed with None)."""
        evidence = dict(self.evidence)
        if provenance is None:
            evidence.pop(field, None)
        else:
            evidence[field] = provenance
        return self.model_copy(update={"evidence": evidence})
