"""How people and programs reach the library: the SQL functions' dispatcher (server), the
client over psycopg, the `ai-schema` command, the REST API and SARIF output."""
