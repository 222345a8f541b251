# moto server answering one request at a time.
#
# moto's DynamoDB transactions snapshot and restore whole tables, so concurrent requests to a
# threaded moto server can leak the writes of a cancelled transaction. Real DynamoDB transactions
# are serializable; serving requests one at a time gives tests the same guarantee.
import os
import sys

from werkzeug.serving import run_simple
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

host, port = sys.argv[1], int(sys.argv[2])
os.environ.setdefault("MOTO_PORT", str(port))
run_simple(host, port, DomainDispatcherApplication(create_backend_app), threaded=False)
