"""Plan mobile e-KTP recording outreach (jemput bola) with CP-SAT."""
