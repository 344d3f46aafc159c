console.log("entra-shell");
