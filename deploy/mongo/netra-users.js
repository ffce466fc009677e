// One MongoDB user per service, each with readWrite on its own database and nothing else.
// The mongo image runs every /docker-entrypoint-initdb.d/*.js with mongosh once, when its data volume is first
// initialised (before mongod restarts with --auth). docker-compose.yml gives it, from .env:
//   NETRA_MONGO_USERS="intake:netra_intake triage:netra_triage ..."   <user>:<database> pairs
//   NETRA_MONGO_PASSWORD_<USER>                                        each user's password
// Passwords are read from the environment, never from a command line.
const pairs = (process.env.NETRA_MONGO_USERS || "").split(/\s+/).filter(Boolean);
if (pairs.length === 0) {
  throw new Error("netra-users.js: NETRA_MONGO_USERS is empty");
}
for (const pair of pairs) {
  const [user, database] = pair.split(":");
  const variable = `NETRA_MONGO_PASSWORD_${user.toUpperCase()}`;
  const pwd = process.env[variable];
  if (!database || !pwd) {
    throw new Error(`netra-users.js: ${pair}: want <user>:<database> and ${variable} set`);
  }
  db.getSiblingDB(database).createUser({ user, pwd, roles: [{ role: "readWrite", db: database }] });
  print(`netra-users.js: ${user} may read and write ${database}, nothing else`);
}
