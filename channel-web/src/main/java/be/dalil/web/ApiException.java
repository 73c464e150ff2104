package be.dalil.web;

import be.dalil.knowledge.DalilException;
import be.dalil.knowledge.ErrorCode;

/** Errors that only the HTTP channel raises (rate limits, body size, authorisation). */
class ApiException extends DalilException {

  ApiException(ErrorCode code, String message) {
    super(code, message);
  }
}
