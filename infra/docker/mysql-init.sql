-- The platform's user may create and use every longcode_* database (one per service).
GRANT ALL PRIVILEGES ON `longcode\_%`.* TO 'longcode'@'%';
FLUSH PRIVILEGES;
