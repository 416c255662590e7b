import sys
from pathlib import Path

# tests import their helper modules (scoring, tinypdf, hostile) by name
sys.path.insert(0, str(Path(__file__).parent))
