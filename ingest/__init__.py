"""PDF → Document: pdfminer.six layout extraction, cleaning, OCR and metadata.

See docs/ARCHITECTURE.md ("ingest") for the contract.
"""

from ingest.errors import ExtractionError
from ingest.extract import extract_pdf
from ingest.workers import BatchItem, extract_batch, extract_document

__all__ = ["BatchItem", "ExtractionError", "extract_batch", "extract_document", "extract_pdf"]
