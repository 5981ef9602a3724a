"""The jobs a meeting hands out to those at it (chair, moderator, note taker, ...), in one
table: the people rules read who does one at this meeting ("Carol facilitating, Mark taking
notes"), the action rules who is to do one at the next ("Next chair: Priya")."""

from __future__ import annotations

import re
from typing import NamedTuple


class MeetingJob(NamedTuple):
    title: str  # the role's name: "Note taker"
    names: str  # what the job is called, a regex: "note[- ]?taker|scribe"
    doing: str  # someone doing it, a participle's regex ("" for none read): "scribing"
    task: str  # doing it at a meeting to come, before "the next meeting": "Take notes at"


MEETING_JOBS = (
    MeetingJob("Co-chair", r"co-?chair", "", "Co-chair"),
    MeetingJob("Chair", r"chair(?:person|man|woman)?", "chairing", "Chair"),
    MeetingJob("Moderator", r"moderator", "moderating", "Moderate"),
    MeetingJob("Facilitator", r"facilitator", "facilitating", "Facilitate"),
    MeetingJob("Host", r"host", "", "Host"),
    # (minuting this meeting reads as taking its notes: the people rules give no minute
    # taker of their own)
    MeetingJob(
        "Note taker",
        r"note[- ]?taker|scribe",
        r"minuting|scribing|taking[ \t]+(?:the[ \t]+)?(?:notes|minutes)",
        "Take notes at",
    ),
    MeetingJob("Minute taker", r"minute[- ]?taker", "", "Take the minutes of"),
    MeetingJob("Timekeeper", r"time[- ]?keeper", r"time-?keeping", "Keep time at"),
)
# Any job's name, in any case: "Moderator", "note-taker", "Co-chair".
JOB_NAME = "(?i:" + "|".join(job.names for job in MEETING_JOBS) + ")"
# Someone doing a job at this meeting, in small letters: "facilitating", "taking the minutes".
JOB_DOING = "(?:" + "|".join(job.doing for job in MEETING_JOBS if job.doing) + ")"

_NAMED = [(re.compile(job.names, re.I), job) for job in MEETING_JOBS]
_DOING = [(re.compile(job.doing), job) for job in MEETING_JOBS if job.doing]


def job_named(name: str) -> MeetingJob:
    """The job ``name`` (a match of :data:`JOB_NAME`) calls."""
    return next(job for pattern, job in _NAMED if pattern.fullmatch(name))


def job_done(doing: str) -> MeetingJob:
    """The job ``doing`` (a match of :data:`JOB_DOING`) does."""
    return next(job for pattern, job in _DOING if pattern.fullmatch(doing))
