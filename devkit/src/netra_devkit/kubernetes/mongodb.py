"""MongoDB's community operator: a three-member replica set, SCRAM, one user per service with readWrite on its own
database alone (as docker-compose's netra-users.js), and a connection string the operator writes for each."""

from __future__ import annotations

from typing import Any

from . import names

API = "mongodbcommunity.mongodb.com/v1"
# appended to every user's connection string: retryable writes (a replica set has them; SecantusDB does not) and
# writes acknowledged by a majority, so an acknowledged write survives a failover (the settings' write concern too)
CONNECTION_OPTIONS = {"retryWrites": "true", "w": "majority"}


def replica_set(databases: dict[str, str]) -> list[dict[str, Any]]:
    """`databases`: service -> its database (the settings' mongo_db)."""
    users = [{"name": service, "db": database,
              "passwordSecretRef": {"name": names.MONGODB_PASSWORDS, "key": service},
              "roles": [{"name": "readWrite", "db": database}],
              "scramCredentialsSecretName": f"{names.MONGODB}-{service}",
              "connectionStringSecretName": names.mongodb_user_secret(service)}
             for service, database in databases.items()]
    return [{"apiVersion": API, "kind": "MongoDBCommunity", "metadata": {"name": names.MONGODB, "labels": names.PART_OF},
             "spec": {"members": names.MONGODB_MEMBERS, "type": "ReplicaSet", "version": names.MONGODB_VERSION,
                      "security": {"authentication": {"modes": ["SCRAM"]}},
                      "users": users,
                      "additionalConnectionStringConfig": CONNECTION_OPTIONS}}]
