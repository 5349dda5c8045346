"""The read-only web view of a warehouse (`factrack dashboard`): server-rendered pages over the
same views as `factrack sql`. It never writes and never imports `flows`."""
